# expect: crash
"""A model restored for inference (eval) is then fine-tuned through steps.train_step() in another module."""
import torch
import torch.nn as nn

import steps


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 12, batch_first=True)
        self.fc = nn.Linear(12, 3)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


torch.manual_seed(0)
model = Classifier()
model.load_state_dict(Classifier().state_dict())
model.eval()
with torch.no_grad():
    print("before fine-tuning", model(torch.randn(2, 5, 6)).argmax(-1).tolist())

optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(2):
    x, y = torch.randn(4, 5, 6), torch.randint(0, 3, (4,))
    print("loss", steps.train_step(model, optimizer, x, y))  # TM001-here
