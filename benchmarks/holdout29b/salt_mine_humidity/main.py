# expect: crash
"""Salt-mine humidity forecasting service: forecast, then adapt online to the newest readings."""
import torch

from saltmine import Forecaster


def main():
    torch.manual_seed(10)
    fc = Forecaster(hidden=8)
    hist = torch.randn(2, 12, 3)
    print("forecast", fc.predict(hist).shape)
    print("adapt loss", fc.adapt(hist, torch.randn(2), steps=2))


if __name__ == "__main__":
    main()
