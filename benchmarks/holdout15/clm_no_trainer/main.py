# expect: clean
"""Causal LM fine-tuning loop in the style of transformers' run_clm_no_trainer.py,
torch only: helpers for the scheduler, the eval loop and the checkpointing live
in utils/. Evaluation runs at the end of each epoch; the next epoch starts with
model.train() at the top of the epoch loop, as in the original script.
"""
import math
import logging

import torch

from utils import build_model, get_linear_schedule_with_warmup, evaluate_perplexity, group_texts
from utils.args import TrainingArguments

logger = logging.getLogger(__name__)


def main():
    args = TrainingArguments(num_train_epochs=2, per_device_train_batch_size=4, gradient_accumulation_steps=2)
    torch.manual_seed(args.seed)
    train_dataset, eval_dataset = group_texts(vocab=40, block_size=8, n_blocks=24)
    model = build_model(args.model_type, vocab=40, hidden=16)
    no_decay = ["bias", "norm.weight"]
    optimizer_grouped_parameters = [
        {"params": [p for n, p in model.named_parameters() if not any(nd in n for nd in no_decay)],
         "weight_decay": args.weight_decay},
        {"params": [p for n, p in model.named_parameters() if any(nd in n for nd in no_decay)],
         "weight_decay": 0.0},
    ]
    optimizer = torch.optim.AdamW(optimizer_grouped_parameters, lr=args.learning_rate)
    train_dataloader = torch.utils.data.DataLoader(train_dataset, shuffle=True,
                                                   batch_size=args.per_device_train_batch_size)
    eval_dataloader = torch.utils.data.DataLoader(eval_dataset, batch_size=8)
    num_update_steps_per_epoch = math.ceil(len(train_dataloader) / args.gradient_accumulation_steps)
    max_train_steps = args.num_train_epochs * num_update_steps_per_epoch
    lr_scheduler = get_linear_schedule_with_warmup(optimizer, args.num_warmup_steps, max_train_steps)

    completed_steps = 0
    for epoch in range(args.num_train_epochs):
        model.train()
        for step, batch in enumerate(train_dataloader):
            outputs = model(**batch)
            loss = outputs["loss"] / args.gradient_accumulation_steps
            loss.backward()
            if step % args.gradient_accumulation_steps == 0 or step == len(train_dataloader) - 1:
                optimizer.step()
                lr_scheduler.step()
                optimizer.zero_grad()
                completed_steps += 1
        perplexity, eval_loss = evaluate_perplexity(model, eval_dataloader)
        print(f"epoch {epoch}: perplexity: {perplexity:.2f} eval_loss: {eval_loss:.3f} steps {completed_steps}")


if __name__ == "__main__":
    main()
