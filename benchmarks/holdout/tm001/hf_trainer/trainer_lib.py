"""A small Trainer in the style of transformers.Trainer (callbacks, evaluate(), training_step)."""
import torch
from torch.utils.data import DataLoader


class TrainingArguments:
    def __init__(self, output_dir="out", num_train_epochs=2, per_device_train_batch_size=8,
                 learning_rate=1e-3, eval_strategy="epoch", eval_steps=None, logging_steps=4):
        self.output_dir = output_dir
        self.num_train_epochs = num_train_epochs
        self.per_device_train_batch_size = per_device_train_batch_size
        self.learning_rate = learning_rate
        self.eval_strategy = eval_strategy
        self.eval_steps = eval_steps
        self.logging_steps = logging_steps


class TrainerState:
    def __init__(self):
        self.global_step = 0
        self.epoch = 0
        self.log_history = []


class TrainerControl:
    def __init__(self):
        self.should_evaluate = False
        self.should_stop = False


class TrainerCallback:
    def on_train_begin(self, args, state, control, **kwargs): pass
    def on_epoch_begin(self, args, state, control, **kwargs): pass
    def on_step_end(self, args, state, control, **kwargs): pass
    def on_evaluate(self, args, state, control, **kwargs): pass
    def on_epoch_end(self, args, state, control, **kwargs): pass
    def on_train_end(self, args, state, control, **kwargs): pass


class PrinterCallback(TrainerCallback):
    def on_evaluate(self, args, state, control, metrics=None, **kwargs):
        state.log_history.append(dict(step=state.global_step, **(metrics or {})))


class CallbackHandler:
    def __init__(self, callbacks, model, optimizer):
        self.callbacks = list(callbacks)
        self.model = model
        self.optimizer = optimizer

    def call_event(self, event, args, state, control, **kwargs):
        for callback in self.callbacks:
            getattr(callback, event)(args, state, control, model=self.model,
                                     optimizer=self.optimizer, **kwargs)
        return control


class Trainer:
    def __init__(self, model, args, train_dataset, eval_dataset=None, callbacks=None):
        self.model = model
        self.args = args
        self.train_dataset = train_dataset
        self.eval_dataset = eval_dataset
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=args.learning_rate)
        self.state = TrainerState()
        self.control = TrainerControl()
        self.callback_handler = CallbackHandler([PrinterCallback()] + list(callbacks or []),
                                                self.model, self.optimizer)

    def get_train_dataloader(self):
        return DataLoader(self.train_dataset, batch_size=self.args.per_device_train_batch_size, shuffle=True)

    def get_eval_dataloader(self):
        return DataLoader(self.eval_dataset, batch_size=16)

    def compute_loss(self, model, inputs):
        outputs = model(**inputs)
        return outputs["loss"]

    def training_step(self, model, inputs):
        loss = self.compute_loss(model, inputs)
        loss.backward()
        return loss.detach()

    def train(self):
        args = self.args
        self.callback_handler.call_event("on_train_begin", args, self.state, self.control)
        for epoch in range(args.num_train_epochs):
            self.state.epoch = epoch
            self.model.train()
            self.callback_handler.call_event("on_epoch_begin", args, self.state, self.control)
            for inputs in self.get_train_dataloader():
                self.training_step(self.model, inputs)
                self.optimizer.step()
                self.optimizer.zero_grad()
                self.state.global_step += 1
                self.callback_handler.call_event("on_step_end", args, self.state, self.control)
                if args.eval_strategy == "steps" and self.state.global_step % args.eval_steps == 0:
                    self.evaluate()
            self.callback_handler.call_event("on_epoch_end", args, self.state, self.control)
            if args.eval_strategy == "epoch":
                self.evaluate()
        self.callback_handler.call_event("on_train_end", args, self.state, self.control)
        return self.state

    def evaluate(self, eval_dataset=None):
        self.model.eval()
        losses = []
        with torch.no_grad():
            for inputs in self.get_eval_dataloader():
                losses.append(self.compute_loss(self.model, inputs).item())
        metrics = {"eval_loss": sum(losses) / max(len(losses), 1)}
        self.callback_handler.call_event("on_evaluate", self.args, self.state, self.control, metrics=metrics)
        return metrics
