# expect: crash
# category: travel
"""Stage 1 with early stopping (restore the best weights), then stage 2 at a lower learning rate."""
import copy

import torch

from common import ForecastNet, fit, series, val_mse

torch.manual_seed(0)
model = ForecastNet()
x, y = series()
xv, yv = series(8, seed=5)
best, best_state = float("inf"), None
for round_ in range(3):
    model.train()
    fit(model, x, y, epochs=1)
    score = val_mse(model, xv, yv)
    if score < best:
        best, best_state = score, copy.deepcopy(model.state_dict())

model.load_state_dict(best_state)
fit(model, *series(16, seed=9), epochs=1, lr=1e-4)  # TM001-here
print("stage 2 val", val_mse(model, xv, yv))
