from .flat import grad_norm_penalty
