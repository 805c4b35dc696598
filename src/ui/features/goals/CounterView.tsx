import { useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { ConfirmButton } from '../../exercises/ConfirmButton';
import { localDay } from '../../../core/checkins';
import { countDays, removeSlip, stopDayCounter, type DayCounter } from '../../../core/goals';
import { CounterStats } from './CounterStats';
import { MoneyEdit } from './MoneyEdit';
import { SlipForm } from './SlipForm';
import { longDate, useStrings } from './useStrings';

/** The running counter: good days and money big, a slip as a learning moment, and its settings. */
export function CounterView({ counter }: { counter: DayCounter }) {
  const s = useStrings();
  const today = localDay(Date.now());
  const count = countDays(counter, today);
  const [slipOpen, setSlipOpen] = useState(false);
  const [kindWord, setKindWord] = useState('');
  const [editMoney, setEditMoney] = useState(false);

  return (
    <div class="stack">
      <CounterStats count={count} />
      <p class="counter-kind">{count.daysSinceStart === 0 ? s.startedToday : s.keepGoing}</p>
      <p class="muted">{s.since(longDate(counter.startDay))}</p>
      {/* A live region that is always there, so the kind words after a slip are read out. */}
      <Message kind="good">{kindWord}</Message>
      {slipOpen ? (
        <SlipForm
          counter={counter}
          today={today}
          onDone={(after) => {
            setSlipOpen(false);
            if (after) setKindWord(s.slipKind(countDays(after, today).goodDays));
          }}
        />
      ) : (
        <IconButton
          icon="plus"
          id="slip-button"
          onClick={() => {
            setKindWord('');
            setSlipOpen(true);
          }}
        >
          {s.slipButton}
        </IconButton>
      )}
      {counter.slipDays.length > 0 && (
        <div class="stack slips">
          <h3>{s.slipsTitle}</h3>
          <p>{s.slipsIntro}</p>
          <ul class="plain-list">
            {[...counter.slipDays].reverse().map((day) => (
              <li key={day} class="slip-item">
                <span>{longDate(day)}</span>
                <ConfirmButton icon="trash" question={s.removeSlipQuestion} yes={s.yes} no={s.no} onConfirm={() => void removeSlip(day)}>
                  {s.removeSlip}
                  <span class="sr-only">: {longDate(day)}</span>
                </ConfirmButton>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="button-row counter-settings">
        {editMoney ? (
          <MoneyEdit counter={counter} onDone={() => setEditMoney(false)} />
        ) : (
          <IconButton icon="pencil" onClick={() => setEditMoney(true)}>
            {s.changeMoney}
          </IconButton>
        )}
        <ConfirmButton icon="close" question={s.stopQuestion} yes={s.stopYes} no={s.no} onConfirm={() => void stopDayCounter()}>
          {s.stopCounting}
        </ConfirmButton>
      </div>
    </div>
  );
}
