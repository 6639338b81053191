# expect: clean
"""Beginner-tutorial layout (rows of an image fed to an RNN): each epoch starts with model.train(), the test
pass after it calls model.eval() under no_grad."""
import torch
import torch.nn as nn

torch.manual_seed(0)
batch_size, learning_rate, num_epochs = 8, 1e-2, 2
train_set = [(torch.rand(batch_size, 14, 14), torch.randint(0, 10, (batch_size,))) for _ in range(3)]
test_set = [(torch.rand(batch_size, 14, 14), torch.randint(0, 10, (batch_size,)))]


class Rnn(nn.Module):
    def __init__(self, in_dim, hidden_dim, n_layer, n_class):
        super(Rnn, self).__init__()
        self.n_layer = n_layer
        self.hidden_dim = hidden_dim
        self.lstm = nn.LSTM(in_dim, hidden_dim, n_layer, batch_first=True)
        self.classifier = nn.Linear(hidden_dim, n_class)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.classifier(out[:, -1, :])


model = Rnn(14, 12, 2, 10)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)

for epoch in range(num_epochs):
    print('*' * 10)
    print(f'epoch {epoch + 1}')
    running_loss, running_acc = 0.0, 0.0
    model.train()
    for i, (img, label) in enumerate(train_set, 1):
        out = model(img)
        loss = criterion(out, label)
        running_loss += loss.item() * label.size(0)
        running_acc += (out.argmax(1) == label).sum().item()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print(f'Finish {epoch + 1} epoch, Loss: {running_loss / 24:.6f}, Acc: {running_acc / 24:.6f}')
    model.eval()
    eval_loss, eval_acc = 0.0, 0.0
    for img, label in test_set:
        with torch.no_grad():
            out = model(img)
            eval_loss += criterion(out, label).item() * label.size(0)
            eval_acc += (out.argmax(1) == label).sum().item()
    print(f'Test Loss: {eval_loss / 8:.6f}, Acc: {eval_acc / 8:.6f}')
