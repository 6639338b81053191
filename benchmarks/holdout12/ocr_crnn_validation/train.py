# expect: crash
"""clovaai deep-text-recognition-benchmark style: TPS-free None-VGG-BiLSTM-CTC, validation() lives in test.py."""
import argparse
import torch

from model import Model
from test import validation
from utils import CTCLabelConverter, Averager, make_batch


def train(opt):
    converter = CTCLabelConverter(opt.character)
    opt.num_class = len(converter.character)
    model = Model(opt)
    model.train()
    criterion = torch.nn.CTCLoss(zero_infinity=True)
    optimizer = torch.optim.Adadelta(model.parameters(), lr=opt.lr)
    loss_avg = Averager()
    iteration = 0
    while True:
        image, text, length = make_batch(opt, converter)
        preds = model(image, text).log_softmax(2)
        preds_size = torch.IntTensor([preds.size(1)] * opt.batch_size)
        cost = criterion(preds.permute(1, 0, 2), text, preds_size, length)
        model.zero_grad()
        cost.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(model.parameters(), opt.grad_clip)
        optimizer.step()
        loss_avg.add(cost)

        if (iteration + 1) % opt.valInterval == 0:
            # the upstream script wraps this in model.eval() ... model.train(); here validation() switches itself
            with torch.no_grad():
                valid_loss, acc = validation(model, criterion, opt, converter)
            print(f"[{iteration + 1}] train {loss_avg.val():.3f} valid {valid_loss:.3f} acc {acc:.2f}")
            loss_avg.reset()
        if iteration + 1 == opt.num_iter:
            break
        iteration += 1


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--character", default="0123456789abcdef")
    p.add_argument("--batch_size", type=int, default=4)
    p.add_argument("--num_iter", type=int, default=6)
    p.add_argument("--valInterval", type=int, default=2)
    p.add_argument("--lr", type=float, default=1.0)
    p.add_argument("--grad_clip", type=float, default=5.0)
    p.add_argument("--imgH", type=int, default=16)
    p.add_argument("--imgW", type=int, default=32)
    p.add_argument("--hidden_size", type=int, default=16)
    opt = p.parse_args([])
    torch.manual_seed(0)
    train(opt)
