# expect: clean
"""Private training of the kipper salt-uptake model across smokehouses."""
import torch

from smokery import SmokeCurve, clip_and_noise, per_sample_grads


def main():
    torch.manual_seed(4)
    model = SmokeCurve()
    lr = 0.05
    for step in range(3):
        x = torch.randn(4, 8, 3)
        y = torch.rand(4)
        model.train()
        noisy = clip_and_noise(per_sample_grads(model, x, y))
        with torch.no_grad():
            for name, p in model.named_parameters():
                p -= lr * noisy[name]
        print(f"step {step} done")


if __name__ == "__main__":
    main()
