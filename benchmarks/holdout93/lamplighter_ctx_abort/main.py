# expect: crash
import torch

from lampwork.loops import BudgetExceeded, quick_check, train_steps
from lampwork.model import FlickerLSTM


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(3, 6, 4, generator=g), torch.randint(0, 2, (3,), generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(0)
    model = FlickerLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train_batches, val_batches = batches(2, 1), batches(3, 2)
    for round_ in range(2):
        try:
            score = quick_check(model, val_batches)
        except BudgetExceeded as exc:
            score = exc.args[0]
        print("round", round_, "partial correct", score)
        print("loss", round(train_steps(model, opt, train_batches), 4))


if __name__ == "__main__":
    main()
