from torch.func import jacrev


def input_jacobian_norm(model, x):
    jac = jacrev(model)(x)
    return float(jac.norm())
