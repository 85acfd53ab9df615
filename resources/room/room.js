// Placeholder: the phone page replaces this file.
