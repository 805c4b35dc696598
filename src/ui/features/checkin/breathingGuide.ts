// Loaded on demand by BreathingPanel: the guide's styles live in exercises.css, and importing that
// file from a screen bundled with the app would put it before styles.css and let shared rules
// (.stack, .choice) override the exercises' own look. Loaded later, it keeps its place.
import '../../exercises/exercises.css';

export { BreathingGuide } from '../../exercises/practice/BreathingGuide';
