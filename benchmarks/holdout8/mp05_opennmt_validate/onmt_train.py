# expect: crash
# OpenNMT-py shape: Trainer.train validates every valid_steps, but switches back to train() only
# when an early stopper is configured (none here), so the step after the first validation crashes.
import torch

from onmt.models import build_base_model
from onmt.trainer import ModelSaver, Trainer
from onmt.translator import Translator

OPT = {"src_vocab": 15, "tgt_vocab": 17, "rnn_size": 12, "train_steps": 5, "valid_steps": 2}


def corpus(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randint(2, 15, (3, 7), generator=g), torch.randint(2, 17, (3, 8), generator=g)) for _ in range(n)]


def main(opt):
    model = build_base_model(opt)
    optim = torch.optim.Adam(model.parameters(), lr=1e-3)
    trainer = Trainer(model, optim, valid_steps=opt["valid_steps"], model_saver=ModelSaver())
    trainer.train(iter(corpus(6, 0)), opt["train_steps"], valid_iter=corpus(2, 1))
    print(Translator(model).translate(corpus(1, 2)[0][0]))


if __name__ == "__main__":
    torch.manual_seed(0)
    main(OPT)
