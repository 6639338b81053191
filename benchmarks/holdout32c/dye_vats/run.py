# expect: clean
"""Tapestry dye vats: distil a frozen colour-drift teacher into a small student."""
from dyevat import DistillRun, TeacherReport, build_state

if __name__ == "__main__":
    state = build_state(seed=19, teacher_hidden=12, student_hidden=4)
    run = DistillRun(state, callbacks=[TeacherReport()])
    run.fit(epochs=3)
    for line in state.log:
        print(line)
