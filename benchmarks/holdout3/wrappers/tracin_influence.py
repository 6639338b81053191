# expect: crash
# category: wrappers
"""TracIn-style influence scores (torch-influence#7 shape): an influence module sets the model to eval and takes
per-example parameter gradients of train and test losses."""
import torch
from torch import nn

torch.manual_seed(33)


class BaseInfluenceModule:
    def __init__(self, model, objective, train_data, test_data):
        model.eval()
        self.model, self.objective = model, objective
        self.train_data, self.test_data = train_data, test_data
        self.params = [p for p in model.parameters() if p.requires_grad]

    def _loss_grad(self, x, y):
        loss = self.objective(self.model(x), y)
        grads = torch.autograd.grad(loss, self.params)  # TM001-here
        return torch.cat([g.flatten() for g in grads])

    def influences(self, train_idxs, test_idxs):
        test_grad = sum(self._loss_grad(*self.test_data[i]) for i in test_idxs)
        return torch.stack([test_grad @ self._loss_grad(*self.train_data[j]) for j in train_idxs])


class GlucoseLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 10, num_layers=2, batch_first=True)
        self.fc = nn.Linear(10, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


X_train = torch.randn(8, 12, 3)
y_train = X_train[:, -3:, 0].mean(1)
model = GlucoseLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(4):
    opt.zero_grad()
    nn.functional.mse_loss(model(X_train), y_train).backward()
    opt.step()

train_pairs = [(X_train[i:i + 1], y_train[i:i + 1]) for i in range(len(X_train))]
test_pairs = [(x.unsqueeze(0), x[-3:, 0].mean().view(1)) for x in torch.randn(3, 12, 3)]
module = BaseInfluenceModule(model, nn.functional.mse_loss, train_pairs, test_pairs)
saved = []
for test_idx in range(len(test_pairs)):
    scores = module.influences(train_idxs=list(range(len(train_pairs))), test_idxs=[test_idx])
    saved.append(scores)
    print(f"test {test_idx}: most helpful train example {scores.argmax().item()}")
