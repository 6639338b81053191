# expect: clean
"""The library's own test of input gradients, run from its repository: the model comes from the package's test
helpers (a namespace folder without `__init__.py`) and has no RNN, so a backward in eval mode is fine."""
import torch

from captum.testing.helpers.basic_models import LinearScorer


def test_input_gradients():
    model = LinearScorer()
    model.eval()
    inputs = torch.randn(2, 3, requires_grad=True)
    (grads,) = torch.autograd.grad(model(inputs).sum(), inputs)
    assert grads.shape == inputs.shape


if __name__ == "__main__":
    test_input_gradients()
    print("ok")
