# expect: crash
"""Chapman route planning: predict next-stop demand along a pedlar's round.
A batch stream interleaves a validation look between training batches."""
from route import RouteTrainer, batch_stream, make_step, make_eval

if __name__ == "__main__":
    trainer = RouteTrainer(hidden=10, lr=0.02)
    train_step = make_step(trainer)
    eval_step = make_eval(trainer)
    for epoch in range(2):
        logs = {"train": [], "val": []}
        for kind, batch in batch_stream(trainer, n_batches=4, val_after=1, seed=epoch):
            logs[kind].append(train_step(batch) if kind == "train" else eval_step(batch))
        print(epoch, {k: round(sum(v) / len(v), 4) for k, v in logs.items()})
