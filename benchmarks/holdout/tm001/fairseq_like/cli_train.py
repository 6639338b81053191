"""fairseq-train: the main loop (no expect header: a module the entry scripts call)."""
import torch

import models  # noqa: F401  (fills MODEL_REGISTRY)
import tasks  # noqa: F401  (fills TASK_REGISTRY)
from options import get_training_parser
from registry import build_model, setup_task
from trainer import Trainer


def validate(trainer, valid_subset):
    losses = [trainer.valid_step(sample) for sample in valid_subset]
    return sum(losses) / len(losses)


def main(argv=None):
    args = get_training_parser().parse_args(argv)
    torch.manual_seed(1)
    task = setup_task(args)
    model = build_model(args, task)
    trainer = Trainer(args, task, model)
    train, valid = task.load_dataset("train"), task.load_dataset("valid")
    for epoch in range(1, args.max_epoch + 1):
        for i in range(0, len(train), args.update_freq):
            trainer.train_step(train[i:i + args.update_freq])
            n = trainer.get_num_updates()
            if args.validate_interval_updates and n % args.validate_interval_updates == 0:
                print(f"update {n}: valid loss {validate(trainer, valid):.3f}")
        print(f"epoch {epoch}: valid loss {validate(trainer, valid):.3f}")
