#include "PassTheLaptop.h"

#include "StageContext.h"

void PassTheLaptop::setOn(bool on) {
    if (m_on == on)
        return;
    m_on = on;
    emit changed(on);
}

bool StageContext::passingLaptop() const {
    return passTheLaptop && passTheLaptop->isOn();
}
