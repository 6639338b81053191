import argparse

import torch

from .ner.trainer import Trainer


def parse_args(args=None):
    p = argparse.ArgumentParser()
    p.add_argument("--mode", default="train")
    p.add_argument("--max_steps", type=int, default=4)
    p.add_argument("--eval_interval", type=int, default=2)
    return vars(p.parse_args(args))


def make_batch(g, with_tags=True):
    b = {"word": torch.randint(0, 20, (3, 6), generator=g)}
    if with_tags:
        b["tags"] = torch.randint(0, 5, (3, 6), generator=g)
    return b


def main(args=None):
    args = parse_args(args)
    args.update(word_emb_dim=8, char_hidden_dim=8, hidden_dim=8, num_layers=2, dropout=0.3, lr=0.05,
                max_grad_norm=5.0)
    return train(args) if args["mode"] == "train" else 1


def train(args):
    g = torch.Generator().manual_seed(0)
    trainer = Trainer(args=args)
    dev_batch = make_batch(g, with_tags=False)
    global_step = 0
    while global_step < args["max_steps"]:
        global_step += 1
        loss = trainer.update(make_batch(g), eval=False)
        if global_step % args["eval_interval"] == 0:
            preds = trainer.predict(dev_batch)
            dev_loss = trainer.update(make_batch(g), eval=True)
            print(f"step {global_step}: train_loss = {loss:.4f}, dev_loss = {dev_loss:.4f}, n = {len(preds)}")
    return 0
