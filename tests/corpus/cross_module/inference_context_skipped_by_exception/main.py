# expect: crash
"""Salt-marsh sluice gates: validation runs inside a context manager from another module that puts the model back
in training mode after its `yield`, with no `finally`. The recall metric raises on a flood-free week, the
exception skips the restore, the loop logs it and trains on with the LSTM in eval mode."""
import torch
import torch.nn.functional as F

from evalctx import inference_mode_for


class UndefinedMetric(ValueError):
    pass


class GateNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = torch.nn.LSTM(2, 6, batch_first=True)
        self.out = torch.nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


def recall(pred, target):
    positives = int(target.sum())
    if positives == 0:
        raise UndefinedMetric("no floods in this window")
    return float((pred * target).sum()) / positives


torch.manual_seed(0)
model = GateNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
model.train()
for epoch in range(2):
    x, y = torch.randn(4, 6, 2), torch.ones(4)
    loss = F.binary_cross_entropy_with_logits(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    try:
        with inference_mode_for(model) as m:
            print(recall((m(x) > 0).float(), torch.zeros(4)))
    except UndefinedMetric as err:
        print("skipping recall:", err)
