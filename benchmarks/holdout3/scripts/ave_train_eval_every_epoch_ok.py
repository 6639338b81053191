# expect: clean
# category: scripts
# Audio-visual event localisation (AVE-ECCV18 weak_supervised_main.py shape) with the fix from its issue #3:
# a train(args) function that validates each epoch and sets train mode at the start of every epoch.
import argparse
import time

import torch
import torch.nn as nn

torch.manual_seed(64)
parser = argparse.ArgumentParser()
parser.add_argument("--nb_epoch", type=int, default=2)
parser.add_argument("--batch_size", type=int, default=4)
parser.add_argument("--train", action="store_true", default=True)
args = parser.parse_args([])


class AttentionNet(nn.Module):
    def __init__(self, a_dim=6, v_dim=8, hidden=8, classes=5):
        super().__init__()
        self.lstm_audio = nn.LSTM(a_dim, hidden, 1, batch_first=True, bidirectional=True)
        self.lstm_video = nn.LSTM(v_dim, hidden, 1, batch_first=True, bidirectional=True)
        self.L1 = nn.Linear(4 * hidden, 32)
        self.L2 = nn.Linear(32, classes)

    def forward(self, audio, video):
        a, _ = self.lstm_audio(audio)
        v, _ = self.lstm_video(video)
        return self.L2(torch.relu(self.L1(torch.cat([a, v], -1)))).mean(1)


def load_batch(n):
    return torch.randn(n, 10, 6), torch.randn(n, 10, 8), torch.randint(0, 5, (n,))


def val(net):
    net.eval()
    with torch.no_grad():
        audio, video, labels = load_batch(8)
        return (net(audio, video).argmax(1) == labels).float().mean().item()


def train(args):
    net_model = AttentionNet()
    loss_function = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(net_model.parameters(), lr=1e-3)
    best_val_acc = 0
    for epoch in range(args.nb_epoch):
        net_model.train()
        epoch_loss, start = 0.0, time.time()
        for i in range(3):
            audio, video, labels = load_batch(args.batch_size)
            net_model.zero_grad()
            loss = loss_function(net_model(audio, video), labels)
            epoch_loss += loss.item()
            loss.backward()
            optimizer.step()
        print("=== Epoch {%d}   Loss: {%.4f}  Running time: {%.2f}" % (epoch, epoch_loss / 3, time.time() - start))
        acc = val(net_model)
        best_val_acc = max(best_val_acc, acc)
        print(acc)
    return best_val_acc


if args.train:
    train(args)
