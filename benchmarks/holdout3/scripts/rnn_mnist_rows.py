# expect: crash
# category: scripts
# Tutorial-style script (pytorch-beginner recurrent_network.py shape): rows of an image as a sequence,
# a test block after every epoch inside the epoch loop.
import torch
from torch import nn, optim

torch.manual_seed(60)

batch_size = 8
learning_rate = 1e-2
num_epoches = 2
in_dim, n_hidden, n_layer, n_class = 14, 16, 2, 10


class Rnn(nn.Module):
    def __init__(self, in_dim, hidden_dim, n_layer, n_class):
        super(Rnn, self).__init__()
        self.n_layer = n_layer
        self.hidden_dim = hidden_dim
        self.lstm = nn.LSTM(in_dim, hidden_dim, n_layer, batch_first=True)
        self.classifier = nn.Linear(hidden_dim, n_class)

    def forward(self, x):
        out, _ = self.lstm(x)
        out = out[:, -1, :]
        out = self.classifier(out)
        return out


train_loader = [(torch.rand(batch_size, 14, 14), torch.randint(0, 10, (batch_size,))) for _ in range(3)]
test_loader = [(torch.rand(batch_size, 14, 14), torch.randint(0, 10, (batch_size,))) for _ in range(2)]

model = Rnn(in_dim, n_hidden, n_layer, n_class)
criterion = nn.CrossEntropyLoss()
optimizer = optim.Adam(model.parameters(), lr=learning_rate)

for epoch in range(num_epoches):
    print('epoch {}'.format(epoch + 1))
    print('*' * 10)
    running_loss = 0.0
    running_acc = 0.0
    for i, data in enumerate(train_loader, 1):
        img, label = data
        out = model(img)
        loss = criterion(out, label)
        running_loss += loss.item() * label.size(0)
        _, pred = torch.max(out, 1)
        running_acc += (pred == label).float().sum().item()
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
    print('Finish {} epoch, Loss: {:.6f}, Acc: {:.6f}'.format(
        epoch + 1, running_loss / (batch_size * len(train_loader)), running_acc / (batch_size * len(train_loader))))
    model.eval()
    eval_loss = 0.
    eval_acc = 0.
    for data in test_loader:
        img, label = data
        with torch.no_grad():
            out = model(img)
            loss = criterion(out, label)
        eval_loss += loss.item() * label.size(0)
        _, pred = torch.max(out, 1)
        eval_acc += (pred == label).float().sum().item()
    print('Test Loss: {:.6f}, Acc: {:.6f}'.format(eval_loss / (batch_size * len(test_loader)),
                                                  eval_acc / (batch_size * len(test_loader))))
    print()
