# expect: crash
import torch

from leechlib import FineTuner, LeechCounter


def main():
    state = LeechCounter.pretrained_state(seed=1)
    model = LeechCounter.from_pretrained(state)
    with torch.no_grad():
        baseline = model(torch.randn(4, 6, 3)).mean().item()
    tuner = FineTuner(model)
    x, y = torch.randn(4, 6, 3), torch.randn(4)
    for _ in range(3):
        loss = tuner.step(x, y)
    print(f"baseline {baseline:.3f} final {loss:.4f}")


if __name__ == "__main__":
    main()
