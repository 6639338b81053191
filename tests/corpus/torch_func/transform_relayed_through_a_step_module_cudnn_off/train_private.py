# expect: clean
"""Private training of a brim-width regressor: the step module clips per-sample gradients it asks of a helper module,
which takes them with `torch.func.grad` through the script's LSTM. The step module cannot type the model, but the
helper turns cuDNN off around its transform, so the LSTM runs the native kernels under it."""
import torch

from hatband import BrimNet, private_step

if __name__ == "__main__":
    torch.manual_seed(4)
    model = BrimNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(2):
        print(private_step(model, opt, torch.randn(3, 5, 2), torch.randn(3, 1)))
