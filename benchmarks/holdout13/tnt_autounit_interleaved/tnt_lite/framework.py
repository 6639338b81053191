from .state import State


def _evaluate(unit, state, dataloader):
    unit.on_eval_start(state)
    losses = [float(unit.eval_step(state, batch)[0]) for batch in dataloader]
    state.eval_progress.num_epochs_completed += 1
    return sum(losses) / len(losses)


def fit(unit, *, train_dataloader, eval_dataloader, max_epochs, evaluate_every_n_steps=None):
    state = State()
    for epoch in range(max_epochs):
        unit.on_train_epoch_start(state)
        for batch in train_dataloader:
            unit.train_step(state, batch)
            state.train_progress.num_steps_completed += 1
            n = state.train_progress.num_steps_completed
            if evaluate_every_n_steps and n % evaluate_every_n_steps == 0:
                print("step", n, "eval loss", _evaluate(unit, state, eval_dataloader))
        state.train_progress.num_epochs_completed += 1
    return state
