# expect: crash
import torch
import torch.nn as nn

from meta import Reptile, sample_task


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 8, batch_first=True, nonlinearity="relu")
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


torch.manual_seed(65)
algo = Reptile(Regressor())
for it in range(3):
    algo.meta_step(sample_task())
print("meta-test mse", algo.meta_test(sample_task()))
