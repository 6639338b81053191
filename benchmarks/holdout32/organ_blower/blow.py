# expect: crash
"""Cathedral organ blowers: predict wind-chest pressure dips from the stop list
and key-press sequences, so the blower can spin up early.

A large teacher GRU and a small student are trained in alternating phases run
by a dict-of-methods state machine.
"""
from organwind import build_state, PhaseMachine


def main():
    state = build_state(seed=2, epochs=2)
    PhaseMachine(state).run()
    print("final", {k: round(v, 4) for k, v in state.log[-1].items()})


if __name__ == "__main__":
    main()
