# expect: clean
"""A predictor object called like a function: its __call__ puts the model in eval mode for a no-grad
prediction and back in train mode afterwards, so the training step that follows is fine."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Predictor:
    def __init__(self, model):
        self.model = model

    def __call__(self, x):
        self.model.eval()
        with torch.no_grad():
            labels = self.model(x).argmax(-1)
        self.model.train()
        return labels


class Reader(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


torch.manual_seed(0)
model = Reader()
predict = Predictor(model)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(2):
    x = torch.randn(3, 5, 4)
    pseudo_labels = predict(x)  # self-training on the model's own predictions
    loss = F.cross_entropy(model(x), pseudo_labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
