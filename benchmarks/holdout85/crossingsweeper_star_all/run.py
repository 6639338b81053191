# expect: clean
import torch

from sweeper import *  # noqa: F401,F403


def main():
    torch.manual_seed(9)
    model = MudNet()  # noqa: F405
    x, y = torch.randn(5, 12, 2), torch.randn(5, 12)
    before = evaluate(model, x, y)  # noqa: F405
    quick = quick_eval(model, x, y)  # noqa: F405
    after_loss = finetune(model, x, y, steps=3)  # noqa: F405
    print(f"before {before:.4f} quick {quick:.4f} finetune {after_loss:.4f}")


if __name__ == "__main__":
    main()
