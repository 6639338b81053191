# expect: crash
"""One loop runs two phases over the same batches: "fit" trains, "audit" only scores. Each phase sets the model's
mode and whether autograd records, but the grad switch tests the wrong name (`phase != "skip"`): the audit's
loss has a graph too, and its backward runs through the GRU in eval mode."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).squeeze(-1)


torch.manual_seed(0)
model = Forecaster()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
batches = [(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(3)]
for epoch in range(2):
    for phase in ("fit", "audit"):
        model.train(phase == "fit")
        for x, y in batches:
            with torch.set_grad_enabled(phase != "skip"):
                loss = nn.functional.mse_loss(model(x), y)
            if loss.requires_grad:
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
        print(epoch, phase, round(loss.item(), 4))
