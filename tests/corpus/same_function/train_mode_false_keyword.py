# expect: crash
"""train(mode=False) is eval() under another name; the following backward goes through an eval-mode RNN."""
import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.RNN(8, 16, num_layers=2, batch_first=True)
classifier = nn.Linear(16, 3)
params = list(rnn.parameters()) + list(classifier.parameters())
optimizer = torch.optim.Adam(params, lr=1e-3)

rnn.train(mode=False)
for _ in range(2):
    x = torch.randn(4, 9, 8)
    y = torch.randint(0, 3, (4,))
    hidden_seq, _ = rnn(x)
    loss = nn.functional.cross_entropy(classifier(hidden_seq[:, -1]), y)
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
print("trained", loss.item())
