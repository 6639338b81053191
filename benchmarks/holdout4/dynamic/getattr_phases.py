# expect: clean
"""The classic phase loop: getattr(model, 'train' / 'eval') per phase, gradients only in the train phase."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(0)
datasets = {phase: [(torch.randn(4, 8, 3), torch.randint(0, 2, (4,))) for _ in range(2)] for phase in ("train", "val")}


class GestureNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.ModuleDict({
            "lstm": nn.LSTM(3, 8, batch_first=True),
            "gru": nn.GRU(8, 8, batch_first=True),
        })
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        x, _ = self.rnn["lstm"](x)
        x, _ = self.rnn["gru"](x)
        return self.fc(x[:, -1])


model = GestureNet()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
best_acc, best_wts = 0.0, copy.deepcopy(model.state_dict())
for epoch in range(2):
    for phase in ("train", "val"):
        getattr(model, "train" if phase == "train" else "eval")()
        correct = 0
        for inputs, labels in datasets[phase]:
            optimizer.zero_grad()
            with torch.set_grad_enabled(phase == "train"):
                outputs = model(inputs)
                loss = criterion(outputs, labels)
                if phase == "train":
                    loss.backward()
                    optimizer.step()
            correct += (outputs.argmax(1) == labels).sum().item()
        acc = correct / 8
        print(f"epoch {epoch} {phase}: loss {loss.item():.3f} acc {acc:.2f}")
        if phase == "val" and acc >= best_acc:
            best_acc, best_wts = acc, copy.deepcopy(model.state_dict())
model.load_state_dict(best_wts)
