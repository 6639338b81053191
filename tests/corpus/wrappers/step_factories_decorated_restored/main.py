# expect: clean
"""The same schedule of factory-built steps, but the "check" step is also decorated with
`restores_mode(model)`, which records model.training before the call and restores it in a finally
block: after "check" the model is back in train mode, and the next "fit" step's backward is fine."""
import torch
import torch.nn as nn

from steps import make_steps


class Intent(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 12, batch_first=True)
        self.fc = nn.Linear(12, 4)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


torch.manual_seed(6)
model = Intent()
steps = make_steps(model, lr=1e-3)
batch = (torch.randn(4, 5, 6), torch.randint(0, 4, (4,)))
for phase in ["fit", "check", "fit"]:
    print(phase, steps[phase](batch))
