# expect: crash
"""Cooper stave moisture: input sensitivity with torch.func.jacrev through an LSTM regressor."""
import torch
import torch.nn as nn
from torch.func import functional_call, jacrev

torch.manual_seed(2)


class StaveLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 5, batch_first=True)
        self.fc = nn.Linear(5, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1]).squeeze(-1)


model = StaveLSTM()
params = dict(model.named_parameters())


def predict(x):
    return functional_call(model, params, (x.unsqueeze(0),)).squeeze(0)


x = torch.randn(6, 2)
jac = jacrev(predict)(x)  # TM002-here
print("sensitivity", jac.abs().sum().item())
