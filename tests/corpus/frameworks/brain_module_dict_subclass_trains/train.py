# expect: clean
"""A baseline test-set score before fitting: fit() puts the modules back in training mode."""
import torch

from recipe import RegressionBrain, make_modules

torch.manual_seed(1)
data = [{"x": torch.randn(4, 5, 3), "y": torch.randn(4, 1)} for _ in range(2)]
brain = RegressionBrain(make_modules())
print("baseline", brain.evaluate(data))
brain.fit(2, data)
