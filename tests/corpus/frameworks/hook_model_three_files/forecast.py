# expect: crash
# fix: cudnn
"""Train a demand forecaster with a hook that prints a one-step forecast every other step."""
import torch

from demand import DemandForecaster
from loop.engine import Engine, Hook

torch.manual_seed(30)


class PeekForecast(Hook):
    def after_step(self, engine, model, step):
        if step % 2 == 1:
            model.eval()
            with torch.no_grad():
                print("step", step, "forecast", model(torch.randn(1, 6, 2)).item())


data = [(torch.randn(5, 6, 2), torch.randn(5, 1)) for _ in range(4)]
Engine(epochs=2, hooks=[PeekForecast()]).run(DemandForecaster(), data)  # TM001-here
