# expect: clean
import torch

from criterions import CrossEntropyCriterion
from optim import FairseqAdam
from tasks.language_modeling import LanguageModelingTask

torch.manual_seed(0)
args = {"embed_dim": 8, "hidden": 8, "lr": 3e-3, "max_epoch": 2}
task = LanguageModelingTask()
model = task.build_model(args)
criterion = CrossEntropyCriterion(task)
optimizer = FairseqAdam(model.parameters(), lr=args["lr"])

num_updates = 0
for epoch in range(1, args["max_epoch"] + 1):
    # a validation pass first, like --validate-interval-updates 0 with a checkpoint restored
    valid_losses = [task.valid_step(s, model, criterion)[0].item() for s in task.get_batch_iterator(2, seed=99)]
    for sample in task.get_batch_iterator(3, seed=epoch):
        optimizer.zero_grad()
        loss, sample_size, log = task.train_step(sample, model, criterion, optimizer, num_updates)
        optimizer.step()
        num_updates += 1
    print(f"epoch {epoch:03d} | valid loss {sum(valid_losses) / len(valid_losses):.3f} | num_updates {num_updates}")
