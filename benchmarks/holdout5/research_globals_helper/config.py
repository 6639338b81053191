import torch
import torch.nn as nn

torch.manual_seed(45)
HIDDEN = 12


class EventDetector(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, HIDDEN, num_layers=2, batch_first=True, bidirectional=True)
        self.frame_head = nn.Linear(2 * HIDDEN, 1)

    def forward(self, x):
        return self.frame_head(self.gru(x)[0]).squeeze(-1)


# module-level objects shared by the experiment scripts, notebook style
model = EventDetector()
optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
