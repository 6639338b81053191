# expect: clean
"""Cheese-cave ripening monitors: one rind-moisture forecaster per cave.

Models are restored for serving (eval) from saved state dicts and kept in a
fleet; caves whose sensors drifted are re-adapted in place.
"""
import logging

import torch
import torch.nn as nn

log = logging.getLogger("caves")

CAVES = ("north", "vaulted", "river")
ADAPT = "adapt"


class RindForecaster(nn.Module):
    def __init__(self, n_sensors=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_sensors, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h).squeeze(-1)

    @classmethod
    def restore(cls, state, **kw):
        model = cls(**kw)
        model.load_state_dict(state)
        return model.eval()


class CaveFleet:
    def __init__(self, states, mode="serve"):
        self.models = {cave: RindForecaster.restore(st) for cave, st in states.items()}
        self.mode = mode

    @torch.no_grad()
    def forecast(self, readings):
        return {cave: self.models[cave](x) for cave, x in readings.items()}

    def _train_one(self, model, x, y, steps=2):
        model.train(self.mode == ADAPT)
        opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        for _ in range(steps):
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        return loss.item()

    def adapt(self, drifted, data):
        self.mode = ADAPT
        losses = {}
        for cave, model in self.models.items():
            if cave in drifted:
                losses[cave] = self._train_one(model, *data[cave])
        self.mode = "serve"
        for model in self.models.values():
            model.eval()
        return losses


def main():
    torch.manual_seed(2)
    states = {c: RindForecaster().state_dict() for c in CAVES}
    fleet = CaveFleet(states)
    readings = {c: torch.randn(2, 10, 4) for c in CAVES}
    fc = fleet.forecast(readings)
    drifted = [c for c in CAVES if fc[c].abs().mean() > 0.0]
    data = {c: (readings[c], torch.randn(2, 10)) for c in CAVES}
    print("adapted", fleet.adapt(drifted[:2], data))


if __name__ == "__main__":
    main()
