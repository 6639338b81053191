def input_saliency(model, x):
    """|d output / d input| per time step, in eval mode."""
    model.eval()
    x = x.clone().requires_grad_(True)
    model(x).sum().backward()
    return x.grad.abs().sum(-1).mean(0)
