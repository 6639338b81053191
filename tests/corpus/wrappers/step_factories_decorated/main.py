# expect: crash
"""A schedule of named steps built by factories in steps.py, each step wrapped by a timing decorator.
The "check" step is also wrapped in no_grad and calls model.eval() inside; nothing puts the model back
in train mode, so the "fit" step that follows "check" in the schedule backpropagates through an
eval-mode GRU."""
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
    print(phase, steps[phase](batch))  # TM001-here
