# expect: crash
"""Plan this year's hay cut for the parish meadows."""
import torch

from meadow import HayTrainer, build


def spring_weather(n, batch=6, weeks=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(batch, weeks, 4, generator=g)  # rain, sun, soil temp, frost
        out.append((x, 20 + 3 * x[:, :, 1].mean(1)))
    return out


def main():
    torch.manual_seed(2)
    model = build("seasonal_lstm", hidden=8)
    trainer = HayTrainer(model, lr=1e-2, max_epochs=2)
    trainer.fit(spring_weather(3), spring_weather(1, seed=9))
    model.eval()
    with torch.no_grad():
        x, _ = spring_weather(1, batch=2, seed=21)[0]
        print("days to cut:", [round(d, 1) for d in model(x).tolist()])


if __name__ == "__main__":
    main()
