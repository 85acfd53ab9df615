void lodestarUiPlaceholder() {}
