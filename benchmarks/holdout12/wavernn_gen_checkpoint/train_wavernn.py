# expect: crash
"""fatchord WaveRNN layout: train_wavernn.py -> voc_train_loop(); gen_testset() samples at checkpoints through
WaveRNN.generate(), which switches to eval and only switches back on its normal path."""
from dataclasses import dataclass

import torch

from models.fatchord_version import WaveRNN
from utils.checkpoints import save_checkpoint
from gen import gen_testset


@dataclass
class Paths:
    voc_checkpoints: str = "/tmp/_wavernn_ckpt_unused"


@dataclass
class Session:
    voc_model: WaveRNN
    optimizer: torch.optim.Optimizer
    step: int = 0


def voc_train_loop(paths, sess, loss_func, train_set, test_set, total_steps, checkpoint_every=2):
    for e in range(1, total_steps + 1):
        for x, y, m in train_set:
            y_hat = sess.voc_model(x, m)
            loss = loss_func(y_hat.transpose(1, 2), y)
            sess.optimizer.zero_grad()
            loss.backward()  # TM001-here
            sess.optimizer.step()
            sess.step += 1
            if sess.step % checkpoint_every == 0:
                gen_testset(sess.voc_model, test_set, samples=1, batched=False, save_path=None)
                save_checkpoint(paths, sess, name=None)
        print(f"Epoch {e} loss {loss.item():.4f}")


if __name__ == "__main__":
    torch.manual_seed(0)
    voc_model = WaveRNN(rnn_dims=16, fc_dims=16, bits=4, pad=1, upsample_factor=2, feat_dims=4)
    sess = Session(voc_model, torch.optim.Adam(voc_model.parameters(), lr=1e-3))
    train_set = [(torch.randn(2, 6), torch.randint(0, 16, (2, 6)), torch.randn(2, 4, 3)) for _ in range(3)]
    test_set = [(torch.randn(1, 4, 2),)]  # a too-short mel in the test set
    voc_train_loop(Paths(), sess, torch.nn.functional.cross_entropy, train_set, test_set, total_steps=2)
