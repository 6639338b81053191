# expect: clean
"""Cooper stave moisture: input sensitivity with torch.func.jacrev through an LSTMCell unrolled by hand."""
import torch
import torch.nn as nn
from torch.func import functional_call, jacrev

torch.manual_seed(2)


class StaveLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(2, 5)
        self.fc = nn.Linear(5, 1)

    def forward(self, x):
        h = x.new_zeros(x.shape[0], 5)
        c = x.new_zeros(x.shape[0], 5)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h).squeeze(-1)


model = StaveLSTM()
params = dict(model.named_parameters())


def predict(x):
    return functional_call(model, params, (x.unsqueeze(0),)).squeeze(0)


x = torch.randn(6, 2)
jac = jacrev(predict)(x)
print("sensitivity", jac.abs().sum().item())
