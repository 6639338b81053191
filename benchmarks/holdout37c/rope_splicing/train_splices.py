# expect: clean
"""Adapt the published eye-splice model to a new rope (three-strand hemp)."""
import torch

from splice import Accelerator, load_for_inference


def hemp_tucks(n=8, tucks=5):
    x = torch.rand(n, tucks, 3)
    return x, x[:, :, 1].mean(1) * 4 + x[:, :, 2].std(1)


def main():
    torch.manual_seed(15)
    model = load_for_inference("eye-splice-v1")
    acc = Accelerator(mixed_precision="no")
    model, opt = acc.prepare(model, torch.optim.Adam(model.parameters(), lr=2e-3))
    x, y = hemp_tucks()
    for epoch in range(2):
        for i in range(0, len(x), 4):
            with acc.autocast():
                loss = torch.nn.functional.mse_loss(model(x[i:i + 4]), y[i:i + 4])
            opt.zero_grad()
            acc.backward(loss)
            acc.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
        print(f"epoch {epoch}: loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
