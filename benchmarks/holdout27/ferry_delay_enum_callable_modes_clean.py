# expect: clean
"""Ferry crossing delays; Enum-callable modes, FREEZE only used for the export snapshot."""
import enum
import torch
import torch.nn as nn

torch.manual_seed(12)


class Mode(enum.Enum):
    LEARN = "learn"
    FREEZE = "freeze"

    def __call__(self, module):
        module.train(self is Mode.LEARN)
        return module


model = nn.ModuleDict({"lstm": nn.LSTM(5, 8, batch_first=True), "out": nn.Linear(8, 1)})
opt = torch.optim.Adam(model.parameters(), lr=1e-2)


def run_epoch(tag):
    x, y = torch.randn(4, 6, 5), torch.rand(4, 1) * 20
    pred = model["out"](model["lstm"](x)[0][:, -1])
    loss = nn.functional.huber_loss(pred, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(tag, round(loss.item(), 3))


schedule = [Mode.FREEZE, Mode.LEARN, Mode.LEARN]
for i, mode in enumerate(schedule):
    mode(model)
    if mode is Mode.FREEZE:
        with torch.no_grad():
            print("snapshot", model["lstm"](torch.randn(1, 6, 5))[0].shape)
        continue
    run_epoch(f"epoch{i}:{mode.value}")
