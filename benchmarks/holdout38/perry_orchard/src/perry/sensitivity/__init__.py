from .jac import weekly_sensitivity
