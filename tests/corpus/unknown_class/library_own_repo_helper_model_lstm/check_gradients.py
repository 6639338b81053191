# expect: crash
"""The library's own test of input gradients, run from its repository: the model comes from the package's test
helpers (a namespace folder without `__init__.py`) and runs an LSTM, which cuDNN cannot differentiate in eval mode."""
import torch

from captum.testing.helpers.basic_models import RecurrentScorer


def test_input_gradients():
    model = RecurrentScorer()
    model.eval()
    inputs = torch.randn(2, 3, requires_grad=True)
    (grads,) = torch.autograd.grad(model(inputs.unsqueeze(1)).sum(), inputs)  # TM001-here
    assert grads.shape == inputs.shape


if __name__ == "__main__":
    test_input_gradients()
    print("ok")
