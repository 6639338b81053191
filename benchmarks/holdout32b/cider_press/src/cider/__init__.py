"""cider: press-yield modelling."""
